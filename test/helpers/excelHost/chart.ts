import { HostCollection, HostObject } from "./base";
import { HostRange } from "./range";
import { HostError, RequestQueue } from "./requests";
import type { ChartState, SheetState } from "./state";

/** Worksheet.charts: add a chart over a range, name it, title it, place it, delete it. */
export class HostCharts extends HostCollection<HostChart> {
  constructor(
    queue: RequestQueue,
    label: string,
    private readonly sheet: () => SheetState,
  ) {
    super(queue, label);
  }

  protected list(): HostChart[] {
    return this.sheet().charts.map(
      (chart) => new HostChart(this.queue, `${this.label}(${chart.name})`, () => chart, this.sheet),
    );
  }

  add(type: string, source: HostRange, seriesBy: string): HostChart {
    let added: ChartState | undefined;
    this.call("add", [type, source, seriesBy], () => {
      const { sheet, rect } = source.target();
      if (sheet !== this.sheet()) throw new HostError("InvalidArgument", "The chart's data must be on its sheet.");
      added = {
        name: `Диаграмма ${sheet.charts.length + 1}`,
        type,
        source: rect,
        seriesBy,
        title: "",
        position: undefined,
      };
      sheet.charts.push(added);
    });
    return new HostChart(
      this.queue,
      `${this.label}.add`,
      () => {
        if (!added) throw new HostError("InvalidOperation", "The chart was not added.");
        return added;
      },
      this.sheet,
    );
  }

  getItem(name: string): HostChart {
    return new HostChart(
      this.queue,
      `${this.label}(${name})`,
      () => {
        const chart = this.sheet().charts.find((c) => c.name === name);
        if (!chart) throw new HostError("ItemNotFound", `The requested resource doesn't exist: chart «${name}».`);
        return chart;
      },
      this.sheet,
    );
  }
}

export class HostChart extends HostObject {
  readonly title: { text: string };

  constructor(
    queue: RequestQueue,
    label: string,
    private readonly state: () => ChartState,
    private readonly sheet: () => SheetState,
  ) {
    super(queue, label);
    const assign = (text: string) => this.assign("title.text", text, () => void (this.state().title = text));
    this.title = {
      get text(): string {
        throw new HostError("PropertyNotLoaded", "title.text is not loaded.");
      },
      set text(text: string) {
        assign(text);
      },
    };
  }

  protected scalars(): Record<string, () => unknown> {
    return { name: () => this.state().name, chartType: () => this.state().type };
  }

  get name(): string {
    return this.read("name");
  }

  setPosition(start: HostRange, end: HostRange): void {
    this.call("setPosition", [start, end], () => {
      const [from, to] = [start.target().rect, end.target().rect];
      this.state().position = {
        row: from.row,
        col: from.col,
        rows: to.row - from.row + 1,
        cols: to.col - from.col + 1,
      };
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((chart) => chart !== this.state());
    });
  }
}
