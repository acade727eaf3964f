import fs from 'node:fs';
import { hashPassword, verifyPassword } from './password';
import { PASSWORD_THREAD_NICENESS_STEPS } from './password-workers';

/** The niceness of each of this process's threads, by thread id (Linux: field 19 of /proc/self/task/<id>/stat). */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const id of fs.readdirSync('/proc/self/task')) {
    const stat = fs.readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    niceness.set(Number(id), Number(fields[16]));
  }
  return niceness;
}

describe('password hashing', () => {
  it('tells right from wrong passwords, many at once, and a damaged hash from a right one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => verifyPassword(stored, index % 2 ? 'correct horse battery' : `wrong ${index}`)),
    );
    expect(answers).toEqual([false, true, false, true, false, true]);
    expect(await verifyPassword(stored.slice(0, -4), 'correct horse battery')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false);
  });

  it('runs in a thread of lower priority, so sign-ins take only the CPU everything else leaves', async () => {
    await hashPassword('any password');
    const niceness = threadNiceness();
    const main = niceness.get(process.pid)!;
    expect([...niceness.values()]).toContain(Math.min(19, main + PASSWORD_THREAD_NICENESS_STEPS));
  });
});
