import { Card, Col, Row, Statistic } from 'antd';
import type { OrgDetails } from '../../api/types.ts';
import { TEXTS } from './texts.ts';

/** Members of the org's whole subtree on the date. */
export function OrgCounts({ counts }: { counts: OrgDetails['memberCounts'] }) {
  const cards = [
    { key: 'total', title: TEXTS.total, value: counts.total, suffix: '' },
    {
      key: 'official',
      title: TEXTS.official,
      value: counts.official,
      suffix: TEXTS.share(counts.official, counts.total),
    },
    {
      key: 'probationary',
      title: TEXTS.probationary,
      value: counts.probationary,
      suffix: TEXTS.share(counts.probationary, counts.total),
    },
    {
      key: 'female',
      title: TEXTS.female,
      value: counts.female,
      suffix: TEXTS.share(counts.female, counts.total),
    },
  ];
  return (
    <section aria-label={TEXTS.counts}>
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={c.title}
                value={c.value}
                groupSeparator="."
                suffix={
                  c.suffix ? <span style={{ fontSize: 13, color: '#8c8c8c' }}>{c.suffix}</span> : undefined
                }
              />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
