/**
 * Renders an ECharts option to a static, accessible SVG string at report time, so the HTML
 * report needs no script and no network to show its charts. Only the pieces the report uses
 * are registered, which keeps bundles smaller than the full ECharts build.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** The subset of ECharts options the report's charts use. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

/** One line series of a chart. */
export type ChartLineSeries = LineSeriesOption;

/** Fonts of the page, without quotes (they would end up inside an SVG style attribute). */
export const CHART_FONT_FAMILY =
  'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** Colours shared by every chart: the candidate stands out, the baseline stays grey. */
export const CHART_COLORS = {
  candidate: '#2563eb',
  candidateSecondary: '#ea580c',
  baseline: '#6b7280',
  baselineSecondary: '#d6a77a',
  grid: '#e5e7eb',
  text: '#374151',
} as const;

/** Size and accessible text of a chart. */
export interface SvgChartFrame {
  /** Drawing width in px (the page scales it down on narrow screens). */
  widthPx: number;
  /** Drawing height in px. */
  heightPx: number;
  /** Short name, used as the SVG `<title>` and `aria-label`. */
  title: string;
  /** What the chart shows, for screen readers (`<desc>`). */
  description: string;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Renders `option` to an SVG string with `role="img"`, an `aria-label`, a `<title>` and a
 * `<desc>`. Animation is off: server-side rendering captures the first frame.
 */
export function renderSvgChart(option: ChartOption, frame: SvgChartFrame): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: frame.widthPx,
    height: frame.heightPx,
  });
  let svg: string;
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY, color: CHART_COLORS.text },
      ...option,
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const title = escapeXml(frame.title);
  const desc = escapeXml(frame.description);
  return svg.replace(
    /^<svg\b([^>]*)>/,
    (_m, attrs: string) =>
      `<svg${attrs} role="img" aria-label="${title}" focusable="false"><title>${title}</title><desc>${desc}</desc>`,
  );
}
