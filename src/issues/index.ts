export type { Issue, IssueCode, IssuePath } from './issue.js';
export { issue } from './issue.js';
export { QuestionnaireError } from './QuestionnaireError.js';
