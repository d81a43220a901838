/** What a command may touch besides its arguments: the streams, so tests can capture them. */
export interface CommandContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress of long work, for people watching a terminal; never on stdout. */
  readonly progress: (message: string) => void;
}
