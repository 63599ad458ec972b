/**
 * Compiler bugs throw; user errors never do (they are Diagnostics).
 */
export class CompilerBug extends Error {
  override name = 'CompilerBug';
}

export function compilerAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CompilerBug(`internal error: ${message}`);
}
