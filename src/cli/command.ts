// What every CLI verb is: a name, a one-line summary, a usage text and a run
// function that returns the exit status. Output goes through `io` so tests can capture it.
export interface CliIO {
  out(s: string): void;
  /** out for a long output written a piece at a time: the promise, when there is one, settles once the
   * output can take more (stdout drained), so a writer never holds more than a piece ahead */
  write?(s: string): void | Promise<void>;
  err(s: string): void;
  /** stdin as a string, read on demand */
  stdin(): Promise<string>;
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
