import type { Category } from '../data/vocabulary.ts';
import { CATEGORY_STYLES, CLAIMS_ONLY_STYLE, OUTLINE_COLOR } from './categories.ts';

/** The same shape and colour as on the map, for the legend and the sidebar. */
export function CategoryIcon({ category, size = 16 }: { category: Category | null; size?: number }) {
  const style = category ? CATEGORY_STYLES[category] : CLAIMS_ONLY_STYLE;
  return (
    <svg className="category-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path d={style.shape} fill={style.color} stroke={OUTLINE_COLOR} strokeWidth={1.6} strokeLinejoin="round" />
    </svg>
  );
}
