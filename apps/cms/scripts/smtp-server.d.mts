export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** When it arrived (ms since the epoch). */
  at: number;
}

export declare function startSmtpServer(port?: number): Promise<{ port: number; mails: ReceivedMail[]; stop: () => Promise<void> }>;
