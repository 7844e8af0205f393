/** The element name of the popover's host: the one node Lodestone adds to a page. */
export const POPOVER_TAG = 'lodestone-popover';
