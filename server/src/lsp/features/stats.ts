import { documentStats } from '../../core/features/stats';
import type { Feature } from '../context';

/** `minutes/documentStats`: the counts the VS Code status bar shows for the active document. */
export const DOCUMENT_STATS_REQUEST = 'minutes/documentStats';

export const statsFeature: Feature = {
  register({ connection, store }) {
    connection.onRequest(DOCUMENT_STATS_REQUEST, (params: { uri: string }) => {
      const analysis = store.analysis(params.uri);
      return analysis ? documentStats(analysis) : null;
    });
  },
};
