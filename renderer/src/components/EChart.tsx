/**
 * One echarts chart. Only the chart types and components the dashboard uses are registered
 * (echarts/core), which keeps them in the app's own bundle — no CDN, nothing fetched at run time.
 */
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

echarts.use([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

let drawable: boolean | null = null;
/** Whether this page can draw on a canvas at all (checked once; echarts draws later, outside any try). */
function canDraw(): boolean {
  drawable ??= typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null;
  return drawable;
}

export type ChartOption = echarts.EChartsCoreOption;
export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
  name: string;
}

export function EChart({
  option,
  height = 280,
  onClick,
  testId,
}: {
  option: ChartOption;
  height?: number;
  onClick?: (p: ChartClick) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  }, [onClick]);
  // No canvas (a test DOM, a broken graphics driver): no chart, the figures beside it still show.
  const [drawable] = useState(canDraw);
  useEffect(() => {
    if (!ref.current || !drawable) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => click.current?.({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex, name: p.name }));
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    resize?.observe(ref.current);
    return () => {
      resize?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [drawable]);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  if (!drawable) return <div style={{ height }} data-testid={testId} />;
  return <div ref={ref} style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} data-testid={testId} />;
}
