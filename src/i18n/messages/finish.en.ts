/**
 * English texts of the compact top of the editor: the portal's remarks folded into the document's
 * banner, and hidden for that document. The keys are checked against Russian in finish.ru.ts.
 */
export const finishEn = {
  'finish.remarks.summary': {
    one: '{count} remark from the portal',
    other: '{count} remarks from the portal',
  },
  'finish.remarks.dismiss': "Hide the portal's remarks for this layout",
};
