export interface TestRedisServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}
export function startRedisServer(port?: number): Promise<TestRedisServer>;
