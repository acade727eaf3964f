import { IconAlertCircle, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import classes from './PasswordStep.module.css';
import type { SignInAttempt, SignInOutcome } from './signInOutcome';

/** The words of the form, in the reader's language: each portal names its account in its own way. */
export interface PasswordStepTexts {
  username: string;
  usernameHint?: string;
  usernameRequired: string;
  password: string;
  passwordRequired: string;
  toggleVisibility: string;
  failedTitle: string;
  submit: string;
}

interface PasswordStepProps {
  texts: PasswordStepTexts;
  signIn: SignInAttempt;
  /** What the password step leads to besides being signed in: a second factor owed. */
  onSecondFactor: (challenge: string, enrolmentRequired: boolean) => void;
  /** A link below the password ("Forgot password?"), given the username typed so far and the link's class. */
  linkBelowPassword?: (username: string, className: string) => ReactNode;
  /** A message to start with, e.g. that a two-factor challenge expired. */
  initialFailure?: string | null;
}

/**
 * Username and password, checked as they are typed. It is plain HTML (see the stylesheet), the same
 * on the first page a visitor loads and inside the portal. A refusal clears the password without
 * calling the emptied field an error: the one message says what happened.
 */
export function PasswordStep({ texts, signIn, onSecondFactor, linkBelowPassword, initialFailure = null }: PasswordStepProps) {
  const ids = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [checked, setChecked] = useState({ username: false, password: false });
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const [sending, setSending] = useState(false);

  const usernameError = checked.username && username.trim() === '' ? texts.usernameRequired : null;
  const passwordError = checked.password && password === '' ? texts.passwordRequired : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked({ username: true, password: true });
    if (username.trim() === '' || password === '') return;
    setFailure(null);
    setSending(true);
    let outcome: SignInOutcome;
    try {
      outcome = await signIn(username.trim(), password);
    } finally {
      setSending(false);
    }
    if (outcome.kind === 'signedIn') return;
    setPassword('');
    setChecked((current) => ({ ...current, password: false }));
    if (outcome.kind === 'secondFactor') onSecondFactor(outcome.challenge, outcome.enrolmentRequired);
    else setFailure(outcome.message);
  };

  const usernameId = `${ids}-username`;
  const passwordId = `${ids}-password`;
  const hintId = `${usernameId}-hint`;
  return (
    <form className={classes.form} onSubmit={(event) => void submit(event)} noValidate>
      <div className={classes.field}>
        <label className={classes.label} htmlFor={usernameId}>
          {texts.username}
          <span className={classes.required} aria-hidden>
            {' *'}
          </span>
        </label>
        {texts.usernameHint && (
          <span className={classes.hint} id={hintId}>
            {texts.usernameHint}
          </span>
        )}
        <input
          id={usernameId}
          className={classes.input}
          value={username}
          onChange={(event) => {
            setUsername(event.currentTarget.value);
            setChecked((current) => ({ ...current, username: true }));
          }}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={usernameError ? true : undefined}
          aria-describedby={[texts.usernameHint && hintId, usernameError && `${usernameId}-error`].filter(Boolean).join(' ') || undefined}
          // The page exists to sign in: the cursor starts where the ID goes.
          autoFocus
        />
        {usernameError && (
          <span className={classes.error} id={`${usernameId}-error`}>
            {usernameError}
          </span>
        )}
      </div>
      <div className={classes.field}>
        <label className={classes.label} htmlFor={passwordId}>
          {texts.password}
          <span className={classes.required} aria-hidden>
            {' *'}
          </span>
        </label>
        <div className={classes.inputBox}>
          <input
            id={passwordId}
            className={`${classes.input} ${classes.withToggle}`}
            type={visible ? 'text' : 'password'}
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setChecked((current) => ({ ...current, password: true }));
            }}
            autoComplete="current-password"
            required
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? `${passwordId}-error` : undefined}
          />
          <button
            type="button"
            className={classes.toggle}
            aria-label={texts.toggleVisibility}
            aria-pressed={visible}
            onClick={() => setVisible((shown) => !shown)}
          >
            {visible ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          </button>
        </div>
        {passwordError && (
          <span className={classes.error} id={`${passwordId}-error`}>
            {passwordError}
          </span>
        )}
      </div>
      {linkBelowPassword?.(username.trim(), classes.linkBelow)}
      {failure && (
        <div className={classes.alert} role="alert">
          <IconAlertCircle size={20} className={classes.alertIcon} aria-hidden />
          <div>
            <p className={classes.alertTitle}>{texts.failedTitle}</p>
            <p className={classes.alertText}>{failure}</p>
          </div>
        </div>
      )}
      <button type="submit" className={classes.submit} aria-busy={sending} disabled={sending}>
        {texts.submit}
      </button>
    </form>
  );
}
