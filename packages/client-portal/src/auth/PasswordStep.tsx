import { IconAlertCircle, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './PasswordStep.module.css';
import type { SignInAttempt, SignInOutcome } from './signInOutcome';

interface PasswordStepProps {
  signIn: SignInAttempt;
  /** What the password step leads to besides being signed in: a second factor owed. */
  onSecondFactor: (challenge: string, enrolmentRequired: boolean) => void;
  /** The "Forgot password?" link, which takes the ID typed so far along. */
  forgotPasswordLink: (username: string, className: string) => ReactNode;
  /** A message to start with, e.g. that a two-factor challenge expired. */
  initialFailure?: string | null;
}

/**
 * ID and password, checked as they are typed. It is plain HTML (see the stylesheet), the same on the
 * first page a visitor loads and inside the portal. A refusal clears the password without calling
 * the emptied field an error: the one message says what happened.
 */
export function PasswordStep({ signIn, onSecondFactor, forgotPasswordLink, initialFailure = null }: PasswordStepProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [checked, setChecked] = useState({ username: false, password: false });
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const [sending, setSending] = useState(false);

  const usernameError = checked.username && username.trim() === '' ? t('signIn.usernameRequired') : null;
  const passwordError = checked.password && password === '' ? t('signIn.passwordRequired') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked({ username: true, password: true });
    if (username.trim() === '' || password === '' || sending) return;
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
  return (
    <form className={classes.form} onSubmit={(event) => void submit(event)} noValidate>
      <div className={classes.field}>
        <label className={classes.label} htmlFor={usernameId}>
          {t('signIn.username')}
          <span className={classes.required} aria-hidden>
            {' *'}
          </span>
        </label>
        <span className={classes.hint} id={`${usernameId}-hint`}>
          {t('signIn.usernameHint')}
        </span>
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
          aria-describedby={usernameError ? `${usernameId}-hint ${usernameId}-error` : `${usernameId}-hint`}
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
          {t('signIn.password')}
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
            aria-label={t('password.toggleVisibility')}
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
      {forgotPasswordLink(username.trim(), classes.forgot)}
      {failure && (
        <div className={classes.alert} role="alert">
          <IconAlertCircle size={20} className={classes.alertIcon} aria-hidden />
          <div>
            <p className={classes.alertTitle}>{t('signIn.failedTitle')}</p>
            <p className={classes.alertText}>{failure}</p>
          </div>
        </div>
      )}
      <button type="submit" className={classes.submit} aria-busy={sending}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
