// Rules of the monitoring settings.
import { seconds } from '../schema/metrics.js';
import { V } from './paths.js';
import type { Rule } from './rule.js';

const SM = 'metrics.serviceMonitor';
const goSeconds = (d: string) => `(float64 (include "llm-router.validate.seconds" ${d}))`;

export const metricsRules: Rule[] = [
  {
    id: 'scrape-timeout-within-interval',
    values: [`${SM}.scrapeTimeout`, `${SM}.interval`],
    doc: '`metrics.serviceMonitor.scrapeTimeout` must not exceed `interval` (durations compared as time).',
    message: 'must not exceed interval ({interval}), got {timeout}',
    check(v, hit) {
      const m = v.metrics.serviceMonitor;
      if (m.interval !== null && m.scrapeTimeout !== null && seconds(m.scrapeTimeout) > seconds(m.interval))
        hit(['metrics', 'serviceMonitor', 'scrapeTimeout'], { interval: m.interval, timeout: m.scrapeTimeout });
    },
    go: (fail) => [
      fail({
        when: `and ${V(`${SM}.interval`)} ${V(`${SM}.scrapeTimeout`)} (gt ${goSeconds(V(`${SM}.scrapeTimeout`))} ${goSeconds(V(`${SM}.interval`))})`,
        path: `${SM}.scrapeTimeout`,
        args: { interval: V(`${SM}.interval`), timeout: V(`${SM}.scrapeTimeout`) },
      }),
    ],
  },
];
