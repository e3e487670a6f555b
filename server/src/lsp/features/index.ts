import type { Feature } from '../context';
import { diagnosticsFeature } from './diagnostics';
import { statsFeature } from './stats';

/** Every feature of the server, in registration order. Add a new feature here. */
export const features: readonly Feature[] = [diagnosticsFeature, statsFeature];
