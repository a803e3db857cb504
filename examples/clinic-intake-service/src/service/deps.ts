import type { Config } from '../config.js';
import type { Sealer } from '../crypto/sealer.js';
import type { Database } from '../db/database.js';

/** What the service's functions work with. Nothing here is state a second instance would need. */
export interface Deps {
  readonly db: Database;
  readonly sealer: Sealer;
  readonly config: Config;
  /** A step or submission recorded new safety flags: this instance's live streams look now (others poll). */
  readonly flagsRaised: () => void;
}
