/** Typed request/response messaging over any transport: a client to call, a router to answer. */
import { fail, failFromThrown, ok, type Result } from './result.ts';

/** A call map: method name → request and response types. */
export type CallMap<Calls> = { [M in keyof Calls]: { request: unknown; response: unknown } };

/** The wire form of a call. */
export interface Envelope {
  lodestone: 1;
  method: string;
  params: unknown;
}

/** Who sent a message, as far as the receiver can tell. */
export type SenderContext = 'content' | 'extension-page' | 'foreign';

/** One handler per method; a missing or misspelled method fails type-checking. */
export type Handlers<Calls extends CallMap<Calls>> = {
  [M in keyof Calls]: (
    params: Calls[M]['request'],
    sender: SenderContext,
  ) => Promise<Calls[M]['response']> | Calls[M]['response'];
};

/** A typed caller. */
export interface Client<Calls extends CallMap<Calls>> {
  call<M extends keyof Calls & string>(method: M, params: Calls[M]['request']): Promise<Result<Calls[M]['response']>>;
}

/** Tells an envelope of ours from any other message. */
export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.lodestone === 1 && typeof m.method === 'string' && 'params' in m;
}

/** A client that sends envelopes through `send` and turns transport failures into error values. */
export function createClient<Calls extends CallMap<Calls>>(
  send: (envelope: Envelope) => Promise<unknown>,
): Client<Calls> {
  return {
    async call(method, params) {
      try {
        const reply = await send({ lodestone: 1, method, params });
        if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<never>;
        return fail('unavailable', `No answer to ${method}`);
      } catch (error) {
        return fail('unavailable', error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/**
 * A router that answers envelopes with the matching handler. It answers `undefined` (not ours) to
 * anything else, refuses senders `authorize` rejects, and returns handler errors as values.
 */
export function createRouter<Calls extends CallMap<Calls>>(
  handlers: Handlers<Calls>,
  authorize: (method: keyof Calls & string, sender: Exclude<SenderContext, 'foreign'>) => boolean,
): (message: unknown, sender: SenderContext) => Promise<Result<unknown>> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const method = message.method;
    if (!Object.hasOwn(handlers, method)) return Promise.resolve(fail('bad-request', `Unknown method ${method}`));
    const known = method as keyof Calls & string;
    if (sender === 'foreign' || !authorize(known, sender)) {
      return Promise.resolve(fail('forbidden', `${method} is not allowed from this context`));
    }
    const handler = handlers[known];
    return (async () => {
      try {
        return ok(await handler(message.params ?? {}, sender));
      } catch (error) {
        return failFromThrown(error);
      }
    })();
  };
}
