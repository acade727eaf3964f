import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The word index of the clients list's search: one row per word of a client's ID, name and e-mail
 * (lower case, split at anything that is not a letter or digit). A search term matches the start of
 * any word: `word LIKE 'pharma%'` is a range of the primary key on MySQL/MariaDB and SQLite alike,
 * which neither a leading-wildcard LIKE nor MariaDB's FULLTEXT (no ngram parser, a minimum word
 * length, stopwords) gives on both engines.
 */
@Entity('client_search_words')
@Index('IDX_client_search_words_client', ['clientId', 'word'])
export class ClientSearchWord {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  word: string;

  @PrimaryColumn({ type: 'int' })
  clientId: number;
}
