import { useTranslation } from 'react-i18next';

/** Props of {@link LoadMore}: the paging part of a `useInfiniteQuery` result. */
export interface LoadMoreProps {
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
}

/** "Muat lebih banyak" under a paged list while the server has more; nothing on the last page. */
export function LoadMore({ query }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      {query.isFetchNextPageError && <p role="alert">{t('paging.error')}</p>}
      <button
        type="button"
        className="button button-secondary"
        disabled={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? t('paging.loading') : t('paging.loadMore')}
      </button>
    </div>
  );
}
