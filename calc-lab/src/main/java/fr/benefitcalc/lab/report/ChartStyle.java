package fr.benefitcalc.lab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The report's chart style, one place for every chart: white ground, no frame, light horizontal grid, flat bars,
 * a colour-blind-safe palette (Okabe and Ito), sans-serif type.
 */
final class ChartStyle {
  /** Okabe-Ito colours, in order of the series. */
  static final Paint[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
  private static final Color GRID = new Color(0xDDDDDD);
  private static final Color TEXT = new Color(0x333333);

  private ChartStyle() {}

  /** {@code chart} in the report's style. */
  static JFreeChart apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    chart.getTitle().setPaint(TEXT);
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(BlockBorder.NONE);
      chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    Font axis = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    if (plot instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(GRID);
      p.setRangeGridlineStroke(new BasicStroke(1f));
      p.setDomainGridlinesVisible(false);
      p.getDomainAxis().setTickLabelFont(axis);
      p.getRangeAxis().setTickLabelFont(axis);
      p.getDomainAxis().setLabelFont(axis);
      p.getRangeAxis().setLabelFont(axis);
      CategoryItemRenderer r = p.getRenderer();
      if (r instanceof BarRenderer b) {
        b.setBarPainter(new StandardBarPainter());
        b.setShadowVisible(false);
        b.setItemMargin(0.04);
        b.setDrawBarOutline(false);
      }
      for (int s = 0; s < PALETTE.length; s++) {
        r.setSeriesPaint(s, PALETTE[s]);
      }
    } else if (plot instanceof XYPlot p) {
      p.setRangeGridlinePaint(GRID);
      p.setDomainGridlinePaint(GRID);
      p.getDomainAxis().setTickLabelFont(axis);
      p.getRangeAxis().setTickLabelFont(axis);
      p.getDomainAxis().setLabelFont(axis);
      p.getRangeAxis().setLabelFont(axis);
      XYItemRenderer r = p.getRenderer();
      if (r instanceof XYLineAndShapeRenderer l) {
        l.setDefaultShapesVisible(true);
      }
      for (int s = 0; s < PALETTE.length; s++) {
        r.setSeriesPaint(s, PALETTE[s]);
        r.setSeriesStroke(s, new BasicStroke(2f));
      }
    }
    return chart;
  }
}
