import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** CAT tools Portico maps client usernames for. */
export enum CatTool {
  XTM = 'XTM',
  PHRASE = 'PHRASE',
  MEMOQ = 'MEMOQ',
  TRADOS = 'TRADOS',
  WORDBEE = 'WORDBEE',
  SMARTCAT = 'SMARTCAT',
  ACROSS = 'ACROSS',
}
registerEnumType(CatTool, { name: 'CatTool', description: 'A CAT tool integrated with Portico.' });

/** One mapping requirement of a CAT tool, with a code that stays stable for clients to match on. */
export interface CatToolRule {
  code: string;
  description: string;
  accepts(username: string): boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const lengthRule = (tool: string, min: number, max: number): CatToolRule => ({
  code: `${tool}_LENGTH`,
  description: `Between ${min} and ${max} characters.`,
  accepts: (username) => username.length >= min && username.length <= max,
});

const emailRule = (tool: string, why: string): CatToolRule => ({
  code: `${tool}_EMAIL`,
  description: `An e-mail address (${why}).`,
  accepts: (username) => EMAIL.test(username),
});

interface CatToolDefinition {
  label: string;
  rules: CatToolRule[];
}

/** The mapping requirements of each tool: what its own user administration accepts as a username. */
export const CAT_TOOLS: Record<CatTool, CatToolDefinition> = {
  [CatTool.XTM]: {
    label: 'XTM Cloud',
    rules: [
      lengthRule('XTM', 2, 50),
      {
        code: 'XTM_CHARACTERS',
        description: 'Letters, digits, dot, underscore and hyphen only.',
        accepts: (username) => /^[\p{L}\p{N}._-]+$/u.test(username),
      },
    ],
  },
  [CatTool.PHRASE]: {
    label: 'Phrase TMS',
    rules: [
      lengthRule('PHRASE', 3, 255),
      { code: 'PHRASE_NO_WHITESPACE', description: 'No spaces.', accepts: (username) => !/\s/.test(username) },
    ],
  },
  [CatTool.MEMOQ]: {
    label: 'memoQ',
    rules: [
      lengthRule('MEMOQ', 1, 100),
      {
        code: 'MEMOQ_FORBIDDEN_CHARACTERS',
        description: 'None of \\ / : * ? " < > |',
        accepts: (username) => !/[\\/:*?"<>|]/.test(username),
      },
    ],
  },
  [CatTool.TRADOS]: {
    label: 'Trados Enterprise',
    rules: [emailRule('TRADOS', 'Trados accounts sign in with their e-mail address')],
  },
  [CatTool.WORDBEE]: {
    label: 'Wordbee',
    rules: [
      lengthRule('WORDBEE', 3, 64),
      {
        code: 'WORDBEE_CHARACTERS',
        description: 'Letters, digits, dot, underscore, hyphen and @ only.',
        accepts: (username) => /^[\p{L}\p{N}._@-]+$/u.test(username),
      },
    ],
  },
  [CatTool.SMARTCAT]: {
    label: 'Smartcat',
    rules: [emailRule('SMARTCAT', 'Smartcat identifies users by e-mail address')],
  },
  [CatTool.ACROSS]: {
    label: 'Across',
    rules: [
      lengthRule('ACROSS', 1, 104),
      {
        code: 'ACROSS_ACCOUNT_FORMAT',
        description: 'A user name, optionally as DOMAIN\\user; no spaces.',
        accepts: (username) => /^([A-Za-z0-9._-]+\\)?[A-Za-z0-9._@-]+$/.test(username),
      },
    ],
  },
};

/** The first rule of `tool` that `username` breaks, or null when it satisfies them all. */
export function findBrokenRule(tool: CatTool, username: string): CatToolRule | null {
  return CAT_TOOLS[tool].rules.find((rule) => !rule.accepts(username)) ?? null;
}

@ObjectType({ description: 'A mapping requirement of a CAT tool.' })
export class CatToolRuleInfo {
  @Field({ description: 'Stable code, also sent in `extensions.rule` when an alias breaks it.' })
  code: string;

  @Field()
  description: string;
}

@ObjectType({ description: 'A CAT tool and the requirements its usernames must meet.' })
export class CatToolInfo {
  @Field(() => CatTool)
  tool: CatTool;

  @Field()
  label: string;

  @Field(() => [CatToolRuleInfo])
  rules: CatToolRuleInfo[];
}

export function listCatTools(): CatToolInfo[] {
  return Object.values(CatTool).map((tool) => ({
    tool,
    label: CAT_TOOLS[tool].label,
    rules: CAT_TOOLS[tool].rules.map(({ code, description }) => ({ code, description })),
  }));
}
