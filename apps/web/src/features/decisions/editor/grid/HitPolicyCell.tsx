// The grid's top-left corner: the hit policy with its DMN letter (U A P F R C O, C+ C< C> C# with
// an aggregation) and a picker for the seven policies plus, for COLLECT, the aggregation.
import { ChevronDown } from 'lucide-react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import { Menu } from '../../../../ui/overlays/Menu';
import { MenuGroup, MenuItemRadio, MenuSeparator } from '../../../../ui/overlays/MenuItem';
import type { CollectAggregation, HitPolicy } from '../decision-model';
import { useGridActions } from './grid-context';
import type { GridPosition } from './grid-layout';
import { AGGREGATION_SIGNS, COLLECT_AGGREGATIONS, HIT_POLICIES, HIT_POLICY_LETTERS, hitPolicyCode } from '../hit-policy-info';

interface HitPolicyCellProps {
  at: GridPosition;
  hitPolicy: HitPolicy;
  aggregation: CollectAggregation | null;
  isActive: boolean;
}

function ChoiceLabel({ code, name, help }: { code: string; name: string; help?: string }) {
  return (
    <span className="flex items-start gap-2">
      <span className="w-6 shrink-0 font-mono font-semibold">{code}</span>
      <span className="flex flex-col">
        <span>{name}</span>
        {help !== undefined && <span className="block max-w-72 text-xs whitespace-normal text-fg-muted">{help}</span>}
      </span>
    </span>
  );
}

function HitPolicyMenu({ hitPolicy, aggregation }: Omit<HitPolicyCellProps, 'at' | 'isActive'>) {
  const t = useT();
  const actions = useGridActions();
  const name = t(`decisionEditor.hitPolicy.${hitPolicy}`);
  const help = t(`decisionEditor.hitPolicyHelp.${hitPolicy}`);
  return (
    <Menu
      label={t('decisionEditor.hitPolicy')}
      trigger={(props) => (
        <button type="button" {...props} data-cell-trigger="" tabIndex={-1} aria-label={t('decisionEditor.hitPolicyButton', { policy: name })} title={help} className="flex w-full items-center gap-1.5 rounded-control px-1.5 py-1 text-left hover:bg-hover">
          <span className="font-mono font-semibold">{hitPolicyCode(hitPolicy, aggregation)}</span>
          <span className="min-w-0 flex-1 truncate text-sm font-normal">{name}</span>
          <ChevronDown aria-hidden="true" className="size-3.5 shrink-0 text-fg-muted" />
        </button>
      )}
    >
      <MenuGroup label={t('decisionEditor.hitPolicy')}>
        {HIT_POLICIES.map((policy) => (
          <MenuItemRadio key={policy} isChecked={policy === hitPolicy} onSelect={() => { actions.run({ type: 'setHitPolicy', hitPolicy: policy, aggregation: policy === 'collect' ? aggregation : null }); }}>
            <ChoiceLabel code={HIT_POLICY_LETTERS[policy]} name={t(`decisionEditor.hitPolicy.${policy}`)} help={t(`decisionEditor.hitPolicyHelp.${policy}`)} />
          </MenuItemRadio>
        ))}
      </MenuGroup>
      {hitPolicy === 'collect' && (
        <>
          <MenuSeparator />
          <MenuGroup label={t('decisionEditor.aggregation')}>
            {[null, ...COLLECT_AGGREGATIONS].map((choice) => (
              <MenuItemRadio key={choice ?? 'none'} isChecked={choice === aggregation} onSelect={() => { actions.run({ type: 'setHitPolicy', hitPolicy: 'collect', aggregation: choice }); }}>
                <ChoiceLabel code={choice ? `C${AGGREGATION_SIGNS[choice]}` : 'C'} name={t(`decisionEditor.aggregation.${choice ?? 'none'}`)} />
              </MenuItemRadio>
            ))}
          </MenuGroup>
        </>
      )}
    </Menu>
  );
}

export function HitPolicyCell({ at, hitPolicy, aggregation, isActive }: HitPolicyCellProps) {
  const t = useT();
  const actions = useGridActions();
  return (
    <th
      role="columnheader"
      scope="col"
      data-cell=""
      data-row={at.row}
      data-col={at.col}
      aria-colindex={at.col + 1}
      tabIndex={isActive ? 0 : -1}
      className={joinClassNames('sticky top-0 left-0 z-30 min-w-36 has-[[aria-expanded=true]]:z-40 border-r border-b-2 border-border-strong bg-sunken p-1 text-left align-top font-normal', 'focus-visible:-outline-offset-2')}
    >
      <span className="block px-1.5 pt-0.5 text-xs text-fg-muted">{t('decisionEditor.hitPolicy')}</span>
      {actions.readOnly ? (
        <span title={t(`decisionEditor.hitPolicyHelp.${hitPolicy}`)} className="flex items-center gap-1.5 px-1.5 py-1">
          <span className="font-mono font-semibold">{hitPolicyCode(hitPolicy, aggregation)}</span>
          <span className="text-sm">{t(`decisionEditor.hitPolicy.${hitPolicy}`)}</span>
        </span>
      ) : (
        <HitPolicyMenu hitPolicy={hitPolicy} aggregation={aggregation} />
      )}
    </th>
  );
}
