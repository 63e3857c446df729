/** Why a feed could not be read at all. */
export type FeedErrorKind =
  /** The request did not reach the server or its answer did not arrive (offline, CORS, DNS). */
  | 'network'
  /** The server answered with an error status (404, 500, ...); see `status`. */
  | 'http'
  /** The server did not answer within the timeout. */
  | 'timeout'
  /** The caller aborted the request. */
  | 'aborted'
  /** The answer is not JSON. */
  | 'not-json'
  /** The answer is JSON but not a feed of a version this reader understands. */
  | 'not-a-feed';

/** The one error type that `loadFeed` and `parseFeed` throw. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message);
  }

  get url(): string | undefined {
    return this.details.url;
  }

  get status(): number | undefined {
    return this.details.status;
  }
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof Error && value.name === 'FeedError' && typeof (value as FeedError).kind === 'string';
}
