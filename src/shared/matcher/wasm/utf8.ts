/** UTF-8 read from the input region, which `TextEncoder.encodeInto` wrote (so always well formed). */
import { input, strings } from './memory';

/** The byte after the sequence `codePointAt` read last. */
export let next = 0;

function continuation(i: i32): i32 {
  return (<i32>load<u8>(input + <usize>i)) & 0x3f;
}

/** The code point of the UTF-8 sequence at byte `i` of the input; sets `next`. */
export function codePointAt(i: i32): i32 {
  const lead = <i32>load<u8>(input + <usize>i);
  if (lead < 0x80) {
    next = i + 1;
    return lead;
  }
  if (lead < 0xe0) {
    next = i + 2;
    return ((lead & 0x1f) << 6) | continuation(i + 1);
  }
  if (lead < 0xf0) {
    next = i + 3;
    return ((lead & 0x0f) << 12) | (continuation(i + 1) << 6) | continuation(i + 2);
  }
  next = i + 4;
  return ((lead & 0x07) << 18) | (continuation(i + 1) << 12) | (continuation(i + 2) << 6) | continuation(i + 3);
}

/** Decodes `bytes` of UTF-8 at the input into the rule strings from unit `at`; returns the unit after them. */
export function decodeStrings(bytes: i32, at: i32): i32 {
  let n = at;
  for (let i = 0; i < bytes; i = next) {
    let code = codePointAt(i);
    if (code > 0xffff) {
      code -= 0x10000;
      store<u16>(strings + ((<usize>n) << 1), <u16>(0xd800 + (code >> 10)));
      n++;
      code = 0xdc00 + (code & 0x3ff);
    }
    store<u16>(strings + ((<usize>n) << 1), <u16>code);
    n++;
  }
  return n;
}
