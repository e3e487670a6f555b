import type { Feature } from '../context';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { documentDigestFeature } from './documentDigest';
import { formattingFeature } from './formatting';
import { hoverFeature } from './hover';
import { renumberCommandFeature } from './renumberCommand';
import { statsFeature } from './stats';
import { definitionFeature } from './definition';
import { documentHighlightFeature } from './documentHighlight';
import { documentSymbolFeature } from './documentSymbol';
import { foldingRangeFeature } from './foldingRange';
import { referencesFeature } from './references';
import { renameFeature } from './rename';
import { semanticTokensFeature } from './semanticTokens';
import { workspaceSymbolsFeature } from './workspaceSymbols';
import { workspaceIndexFeature } from '../workspace/feature';
import { workspaceRequestsFeature } from '../workspace/requests';

/** Every feature of the server, in registration order. Add a new feature here. */
export const features: readonly Feature[] = [diagnosticsFeature(), statsFeature, completionFeature, hoverFeature, codeActionsFeature, formattingFeature, renumberCommandFeature, definitionFeature, referencesFeature, documentHighlightFeature, renameFeature, documentSymbolFeature, foldingRangeFeature, semanticTokensFeature, documentDigestFeature, workspaceIndexFeature(), workspaceSymbolsFeature, workspaceRequestsFeature];
