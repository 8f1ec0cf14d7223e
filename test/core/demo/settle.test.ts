import { nearestWithin, settleShares, ShareSeries } from "../../../src/core/features/demo/settle";

const limits = { step: 10, reach: 3.5, minPlaces: 8 };
const shareOf = (item: ShareSeries, p: number) => (item.num[p]! * 100) / item.den[p]!;

describe("nearestWithin", () => {
  test("keeps a count already inside, else takes the nearest whole count inside the range", () => {
    expect(nearestWithin(5, 10, 40, 60)).toBe(5);
    expect(nearestWithin(9, 10, 40, 60)).toBe(6);
    expect(nearestWithin(1, 10, 40, 60)).toBe(4);
    expect(nearestWithin(1, 12, 40, 60)).toBe(5); // 4 of 12 is 33,3 %
    expect(nearestWithin(3, 10, 41, 49)).toBeUndefined(); // no tenth falls between 41 and 49 %
  });
});

describe("settleShares", () => {
  test("no share moves more than the step between periods", () => {
    const series: ShareSeries[] = [{ num: [2, 9, 1], den: [10, 10, 12] }];
    expect(settleShares(series, 3, limits)).toBe(2);
    expect(series[0].num).toEqual([2, 3, 3]);
    expect(Math.abs(shareOf(series[0], 1) - shareOf(series[0], 0))).toBeLessThanOrEqual(10);
    expect(Math.abs(shareOf(series[0], 2) - shareOf(series[0], 1))).toBeLessThanOrEqual(10);
  });

  test("a place far from the others is drawn in to the reach, the others stay; gaps stay gaps", () => {
    const shares = [40, 44, 46, 48, 50, 53, 55, 60, 99];
    const series: ShareSeries[] = shares.map((share) => ({ num: [share], den: [100] }));
    series.push({ num: [undefined], den: [undefined] });
    expect(settleShares(series, 1, limits)).toBe(1);
    // Median 50, MAD 5: the reach is 50 + 3.5 × 1.4826 × 5 = 75.9 %.
    expect(series.map((item) => item.num[0])).toEqual([40, 44, 46, 48, 50, 53, 55, 60, 75, undefined]);
  });

  test("among fewer places than the minimum nobody is an outlier", () => {
    const series: ShareSeries[] = [40, 44, 46, 99].map((share) => ({ num: [share], den: [100] }));
    expect(settleShares(series, 1, limits)).toBe(0);
  });
});
