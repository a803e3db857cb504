// Regenerates the statechart picture in docs/running-the-flow.md: `npx jiti tests/docs/write-flow-diagram.ts`.
import { briefScreen } from '../../questionnaires/index.js';
import { createIntakeMachine } from '../../src/index.js';
import { writeFlowDiagram } from './flow-diagram.js';

writeFlowDiagram(createIntakeMachine(briefScreen));
