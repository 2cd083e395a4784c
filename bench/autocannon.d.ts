// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string
    connections?: number
    duration?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    /** Requests cycled through; setupRequest may rewrite each one before it is sent. */
    requests?: { setupRequest?: (request: Request) => Request }[]
  }
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
  }
  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    throughput: Histogram & { total: number }
    errors: number
    timeouts: number
    non2xx: number
    /** Responses per status class, e.g. { '2xx': 480, '4xx': 3 }. */
    statusCodeStats?: Record<string, { count: number }>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
