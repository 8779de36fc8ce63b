/**
 * How long an announcement stays in a live region (the builder's, the preview's reply): a screen
 * reader takes the words as they change and reads what it took, so removing them later cuts
 * nothing short, while words left in place are found again as stale text by anyone reading the
 * page. React Aria's live announcer keeps its messages for 7 s
 * (https://react-spectrum.adobe.com/react-aria/LiveAnnouncer.html).
 */
export const ANNOUNCEMENT_MS = 7000
