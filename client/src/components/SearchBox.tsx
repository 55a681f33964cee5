import { KECAMATAN, indexKelurahan, matchKelurahan } from '@peta/shared';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { inKecamatan, useKecamatanFilter } from '../search/use-kecamatan-filter.ts';
import { useSelection } from '../state/store.ts';

const MAX_SUGGESTIONS = 8;

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
}

/**
 * "Cari kelurahan": a search field (role searchbox) with a listbox of suggestions, tolerant of
 * case, spaces, hyphens and spelling variants, narrowed by the kecamatan filter. Arrow keys move
 * through the suggestions; Enter takes the highlighted one, or the first; choosing one selects
 * it as from a list, so the map flies there and the panel opens.
 */
export function SearchBox({ kelurahanByCode }: SearchBoxProps) {
  const { t } = useTranslation();
  const ids = useId();
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-option-${i}`;
  const { selectKelurahan } = useSelection();
  const kecamatanFilter = useKecamatanFilter();
  const index = useMemo(
    () => indexKelurahan(inKecamatan(kelurahanByCode.values(), kecamatanFilter)),
    [kelurahanByCode, kecamatanFilter],
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(
    () => matchKelurahan(index, query).slice(0, MAX_SUGGESTIONS),
    [index, query],
  );
  const searched = open && query.trim() !== '';
  const listed = searched && matches.length > 0;

  const choose = (kelurahan: KelurahanInfo) => {
    selectKelurahan(kelurahan.code, 'list');
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length;
    const { key } = event;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (key === 'ArrowDown' ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
    } else if (key === 'Enter' && !event.nativeEvent.isComposing) {
      const chosen = matches[active] ?? matches[0];
      if (chosen) {
        event.preventDefault();
        choose(chosen.kelurahan);
      }
    } else if (key === 'Escape' && query !== '') {
      // Clears the field first; only an empty field lets Escape close the panel.
      event.preventDefault();
      setQuery('');
      setOpen(false);
      setActive(-1);
    }
  };

  const kecamatanName = KECAMATAN.find((k) => k.code === kecamatanFilter)?.name;
  const status = !searched
    ? ''
    : matches.length > 0
      ? t('search.count', { count: matches.length })
      : kecamatanName === undefined
        ? t('search.notFound')
        : t('search.notFoundIn', { kecamatan: kecamatanName });

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${ids}-input`}>{t('search.label')}</label>
      <div className="search-field">
        <input
          ref={inputRef}
          id={`${ids}-input`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
        />
        {query !== '' && (
          <button
            type="button"
            className="icon-button search-clear"
            aria-label={t('search.clear')}
            onClick={() => {
              setQuery('');
              setActive(-1);
              inputRef.current?.focus();
            }}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={t('search.suggestions')} hidden={!listed}>
        {listed &&
          matches.map(({ kelurahan }, i) => (
            <li
              key={kelurahan.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keeps focus in the field, so the blur does not close the list before the click.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                choose(kelurahan);
              }}
            >
              <span className="search-option-name">{kelurahan.name}</span>
              <span className="search-option-kecamatan">
                {t('panel.kecamatan', { name: kelurahan.kecamatan })}
              </span>
            </li>
          ))}
      </ul>
      <p role="status" className={matches.length > 0 ? 'visually-hidden' : 'search-status'}>
        {status}
      </p>
    </div>
  );
}
