import type { Model } from '../data/model.ts';
import type { Claim } from '../data/schema.ts';
import { groupClaims, type ClaimGroup } from '../data/selectors.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { Paged } from './Paged.tsx';
import { useT } from '../i18n/i18n.tsx';
import { RecordField } from './RecordText.tsx';

/**
 * A place's claims, grouped so that those that dispute each other stand side by side, one
 * column per side; disputed groups first. Paged by group, so a dispute is never cut in two.
 */
export function ClaimGroups({
  claims,
  model,
  linkedClaimId = null,
  withLinks = true,
}: {
  claims: Claim[];
  model: Model;
  linkedClaimId?: string | null;
  withLinks?: boolean;
}) {
  const t = useT();
  const shown = new Set(claims.map((c) => c.id));
  const groups = groupClaims(claims);
  const blocks: ClaimGroup[] = [
    ...groups.filter((g) => g.disputed),
    ...groups.filter((g) => !g.disputed).flatMap((g) => g.columns.flatMap((column) => column.claims.map((claim) => single(g, claim)))),
  ];
  const card = (claim: Claim) => (
    <ClaimCard key={claim.id} claim={claim} model={model} shown={shown} linked={claim.id === linkedClaimId} withLink={withLinks} />
  );
  // A linked claim is on the first page shown, however far down the list it is.
  const linkedAt = blocks.findIndex((g) => g.columns.some((column) => column.claims.some((c) => c.id === linkedClaimId)));
  return (
    <Paged items={blocks} more="sidebar.moreClaims" atLeast={linkedAt + 1}>
      {(page) =>
        page.map((group) =>
          group.disputed ? (
            // A group, not a region landmark: a place may hold two disputes under one topic, and
            // landmarks must have unique names (axe-core's landmark-unique).
            <div
              role="group"
              key={group.columns[0].claims[0].id}
              className="claim-group claim-group--disputed"
              aria-label={t('claim.disputedTopic', { topic: group.topic })}
            >
              <h4>
                <span className="badge badge--disputed">{t('claim.disputed')}</span>{' '}
                <RecordField record="claim" id={group.columns[0].claims[0].id} field="topic" original={group.topic} />
              </h4>
              <div className="claim-columns">
                {group.columns.map((column) => (
                  <div key={column.side} className="claim-column">
                    <h5>{t(`side.${column.side}`)}</h5>
                    {column.claims.map(card)}
                  </div>
                ))}
              </div>
            </div>
          ) : (
            card(group.columns[0].claims[0])
          ),
        )
      }
    </Paged>
  );
}

function single(group: ClaimGroup, claim: Claim): ClaimGroup {
  return { topic: group.topic, disputed: false, columns: [{ side: claim.side, claims: [claim] }] };
}
