import type { Model } from '../data/model.ts';
import { SIDES, type Claim } from '../data/schema.ts';
import { groupClaims } from '../data/selectors.ts';
import { ClaimCard } from './ClaimCard.tsx';

/** Claims grouped so that those that dispute each other stand side by side, one column per side. */
export function ClaimGroups({ claims, model }: { claims: Claim[]; model: Model }) {
  const groups = groupClaims(claims);
  const disputed = groups.filter((g) => g.disputed);
  const undisputed = groups.filter((g) => !g.disputed);
  return (
    <>
      {disputed.map((group) => (
        <section key={group.columns[0].claims[0].id} className="claim-group claim-group--disputed" aria-label={`Disputed: ${group.topic}`}>
          <h4>
            <span className="badge badge--disputed">Disputed</span> {group.topic}
          </h4>
          <div className="claim-columns">
            {group.columns.map((column) => (
              <div key={column.side} className="claim-column">
                <h5>{SIDES[column.side]}</h5>
                {column.claims.map((claim) => (
                  <ClaimCard key={claim.id} claim={claim} model={model} />
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
      {undisputed.flatMap((group) => group.columns.flatMap((column) => column.claims)).map((claim) => (
        <ClaimCard key={claim.id} claim={claim} model={model} />
      ))}
    </>
  );
}
