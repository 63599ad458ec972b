/** Small specs shared by the compile tests. */

/** A two-target spec with one entity and its resource. */
export const DEMO_SPEC = `backend Demo {
  version  "1.0.0"
  database postgres
  targets  ir, docs
}

/// A note.
entity Note {
  title string @maxLength(200)
  body  text?
  timestamps
}

resource notes {
  entity     Note
  operations list, get, create
}
`;
