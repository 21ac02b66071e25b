export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** When it was accepted (ms since the epoch). */
  at: number;
}

export interface TestSmtpServer {
  port: number;
  mails: ReceivedMail[];
  /** Holds every "250 accepted" reply (and the message) until releaseReplies(). */
  holdReplies(): void;
  /** Accepts the held messages whose senders are still connected. */
  releaseReplies(): void;
  stop(): Promise<void>;
}

export declare function startSmtpServer(port?: number): Promise<TestSmtpServer>;
