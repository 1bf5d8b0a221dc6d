import { AppError } from '../platform/errors.ts';

/** Thrown for a wrong command line; printed as its message with exit code 2. */
export class UsageError extends Error {}

export function print(json: boolean, data: unknown, human: () => string): void {
  process.stdout.write(`${json ? JSON.stringify(data, null, 2) : human()}\n`);
}

/** Vietnamese message on stderr, non-zero exit: the CLI's contract for every failure. */
export function fail(e: unknown): never {
  if (e instanceof UsageError) {
    process.stderr.write(`Lỗi: ${e.message}\nXem hướng dẫn: ./bin/nenmong help\n`);
    process.exit(2);
  }
  if (e instanceof AppError) {
    const fields = e.errors.map((f) => `  - ${f.path}: ${f.message}`).join('\n');
    process.stderr.write(`Lỗi: ${e.message}\n${fields ? `${fields}\n` : ''}`);
    process.exit(1);
  }
  process.stderr.write(`Lỗi hệ thống: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
}
