/**
 * Traps: text where a careless matcher or dataset highlights the wrong thing. Each sentence lists
 * what must NOT be highlighted in it (`never`: any mention whose text is this) and, where the sentence
 * also holds a true mention, what must be (`expect`).
 */
export interface Trap {
  text: string;
  never: string[];
  expect?: Array<[string, string]>;
}

/** Synthetic sentences, one trap each, written for the ambiguities of this field. */
export const SENTENCE_TRAPS: readonly Trap[] = [
  {
    text: 'He told CNBC the talks went well. He Lifeng agreed.',
    never: ['He', 'He told'],
    expect: [['He Lifeng', 'he-lifeng']],
  },
  {
    text: 'Xinhua reported that officials in Xi’an and Xiamen met.',
    never: ['Xi', 'Xi’an'],
    expect: [['Xinhua', 'xinhua']],
  },
  {
    text: 'Premier Li Qiang met Li Keqiang’s successor; Li said growth held.',
    never: ['Li', 'Li Keqiang'],
    expect: [['Li Qiang', 'li-qiang']],
  },
  { text: 'Jim Pollard worked for papers in Sydney, Perth, London and Melbourne.', never: ['London'] },
  { text: 'He visited London and Geneva last summer for a wedding.', never: ['London', 'Geneva'] },
  {
    text: 'She ate potato chips and played blue-chip stocks as a bargaining chip.',
    never: ['chips', 'chip', 'blue-chip'],
  },
  { text: 'The chamber of commerce praised commerce in the town.', never: ['commerce', 'Commerce'] },
  {
    text: 'Gerald Ford pardoned Nixon; Harrison Ford starred in the film.',
    never: ['Ford', 'Gerald Ford', 'Harrison Ford'],
  },
  { text: 'Users Ring_Apple and soy_un_sombrero posted comments.', never: ['Apple', 'soy'] },
  { text: 'The DJI Opco index, a subsidiary of S&P Dow Jones Indices, rose.', never: ['DJI'] },
  { text: 'He said the Treasury of the club was empty and the state was broke.', never: ['Treasury', 'state'] },
  { text: 'Greer is a town in South Carolina; Lutnick is a rare surname.', never: ['Greer', 'Lutnick'] },
];

/** Mentions known to be wrong in the pages of the readability corpus: [page, text]. */
export const CORPUS_TRAPS: ReadonlyArray<readonly [string, string]> = [
  ['archive-of-our-own', 'Apple'], // the user name "Ring_Apple"
  ['archive-of-our-own', 'soy'], // the user name "soy_un_sombrero"
  ['cnn', 'DJI'], // the Dow Jones Industrial Average's index company, not the drone maker
  ['la-nacion', 'Soy'], // Spanish "I am"
  ['engadget', 'GPU'], // a gaming graphics card, not an export-controlled AI chip
];
