/**
 * A rich, valid spec touching every area, used by the model tests and as the
 * base of the error tests (which break one thing at a time).
 */
import type { SpecDocument } from '../../src/syntax/document.js';

export function shopSpec(): SpecDocument {
  return {
    backend: { name: 'Shop', version: '1.2.0', database: 'postgres', api: ['rest', 'graphql'] },
    enums: {
      Role: { values: ['ADMIN', 'CUSTOMER'] },
      OrderStatus: { values: ['PENDING', 'PAID', { name: 'SHIPPED', doc: 'On its way.' }, 'CANCELLED'] },
    },
    entities: {
      User: {
        doc: 'A person who can sign in and place orders.',
        fields: {
          email: { type: 'email', unique: true },
          name: { type: 'string', minLength: 1, maxLength: 100 },
          role: { type: 'Role', default: 'CUSTOMER' },
          password: { type: 'secret' },
          orders: { type: 'Order[]' },
          manager: { type: 'User?' },
          reports: { type: 'User[]' },
          followers: { type: 'User[]', relation: { name: 'follows' } },
          following: { type: 'User[]', relation: { name: 'follows' } },
        },
        timestamps: true,
      },
      Order: {
        fields: {
          customer: { type: 'User', relation: { onDelete: 'cascade' } },
          status: { type: 'OrderStatus', default: 'PENDING' },
          total: { type: 'decimal(12, 2)', check: 'total >= 0' },
          note: { type: 'text?' },
          items: { type: 'OrderItem[]' },
        },
        timestamps: true,
        softDelete: true,
        indexes: [{ fields: ['customer', 'status'] }, { fields: ['createdAt desc'], where: 'status = PENDING' }],
      },
      Product: {
        fields: {
          sku: { type: 'string', id: true },
          name: { type: 'string' },
          price: { type: 'decimal' },
          tags: { type: 'Tag[]' },
        },
      },
      Tag: { fields: { name: { type: 'string', unique: true }, products: { type: 'Product[]' } } },
      OrderItem: {
        id: ['order', 'product'],
        fields: { order: { type: 'Order' }, product: { type: 'Product' }, quantity: { type: 'int', min: 1, default: 1 } },
        checks: ['quantity <= 1000'],
      },
      Student: { fields: { name: { type: 'string' }, courses: { type: 'Course[]', relation: { through: 'Enrollment' } } } },
      Course: { fields: { title: { type: 'string' }, students: { type: 'Student[]' } } },
      Enrollment: {
        id: ['student', 'course'],
        fields: { student: { type: 'Student' }, course: { type: 'Course' }, grade: { type: 'int?' } },
      },
    },
    resources: {
      customers: {
        entity: 'User',
        operations: ['list', 'get'],
        filter: ['email'],
        access: { list: 'role(ADMIN)', get: 'role(ADMIN) or owner(id)' },
      },
      orders: {
        entity: 'Order',
        parent: 'customers',
        filter: ['status', 'customer', 'createdAt'],
        sort: ['createdAt desc'],
        rateLimit: '100/minute',
        cache: '30s',
        access: {
          list: 'role(ADMIN) or owner(customer)',
          create: 'authenticated',
          update: 'permission(orders.write)',
          cancel: 'owner(customer) and status = PENDING',
        },
        actions: { cancel: { input: { reason: { type: 'string' } } } },
      },
      products: { entity: 'Product', operations: ['list', 'get', 'search'], search: ['name'], access: { list: 'public', get: 'public', search: 'public' } },
    },
    auth: {
      identity: { entity: 'User', login: ['email'], password: 'password', role: 'role' },
      jwt: { access: '15m', refresh: '7d', secret: 'env(JWT_SECRET)' },
      roles: {
        ADMIN: { permissions: ['orders.write'], inherits: ['CUSTOMER'] },
        CUSTOMER: { permissions: ['orders.read'] },
      },
      policies: { sameCustomer: 'user.id = customer' },
      admin: { role: 'ADMIN' },
      rateLimit: { login: '10/minute' },
    },
    aggregates: {
      Order: {
        entity: 'Order',
        commands: {
          PlaceOrder: { input: { customer: { type: 'uuid' } }, emits: ['OrderPlaced'] },
          CancelOrder: { input: { reason: { type: 'string', maxLength: 500 } }, emits: ['OrderCancelled'], access: 'owner(customer)' },
          ConfirmOrder: { emits: ['OrderConfirmed'] },
        },
        events: {
          OrderPlaced: { fields: { orderId: { type: 'uuid' }, total: { type: 'decimal(12, 2)' } } },
          OrderCancelled: { fields: { orderId: { type: 'uuid' }, reason: { type: 'string' } } },
          OrderConfirmed: { fields: { orderId: { type: 'uuid' } } },
        },
        snapshotEvery: 100,
      },
    },
    projections: {
      OrderSummary: { from: ['OrderPlaced', 'OrderCancelled'], key: 'orderId', fields: { orderId: { type: 'uuid' }, total: { type: 'decimal(12, 2)?' } } },
    },
    sagas: {
      Checkout: {
        on: 'OrderPlaced',
        steps: [
          { name: 'reserve', do: 'inventory.reserve', compensate: 'inventory.release', timeout: '5s', retry: 3 },
          { name: 'charge', do: 'payments.charge', compensate: 'payments.refund' },
          { name: 'confirm', do: 'Order.ConfirmOrder' },
        ],
      },
    },
    services: {
      payments: {
        url: 'env(PAYMENTS_URL)',
        timeout: '2s',
        retry: { count: 3, backoff: 'exponential', jitter: true },
        breaker: { failures: 5, reset: '30s' },
        operations: {
          charge: { input: { order: { type: 'uuid' }, amount: { type: 'decimal(12, 2)' } }, output: 'string' },
          refund: { input: { payment: { type: 'string' } } },
        },
      },
      inventory: { url: 'env(INVENTORY_URL)', operations: { reserve: {}, release: {} } },
    },
    queries: {
      ordersByCustomer: {
        entity: 'Order',
        where: 'customer = $customer and status in $statuses and total > 0',
        orderBy: ['createdAt desc'],
        limit: 50,
      },
    },
    mcp: {
      ShopAssistant: {
        transport: 'stdio',
        tools: {
          findOrders: { query: 'ordersByCustomer' },
          cancelOrder: { command: 'CancelOrder' },
          listOrders: { operation: 'orders.list' },
        },
        resources: { orderSchema: { entity: 'Order' } },
        prompts: { reviewOrder: { template: 'Review order {{orderId}} for fraud signals', arguments: { orderId: { type: 'uuid' } } } },
      },
    },
    deploy: {
      docker: { base: 'node:20-bookworm-slim', user: 'node' },
      compose: ['postgres', 'redis'],
      kubernetes: { replicas: 3, autoscale: { cpu: 70, max: 10 } },
      observability: { logs: 'json', metrics: 'prometheus', tracing: 'otel' },
    },
  };
}
