/** The id of the current step's heading, which names the step panel. */
export const STEP_HEADING_ID = 'meeting-step-title';
