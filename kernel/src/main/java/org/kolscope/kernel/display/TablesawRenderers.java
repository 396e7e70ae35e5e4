package org.kolscope.kernel.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders Tablesaw tables and columns as escaped HTML and aligned text (head/tail, shape). */
public final class TablesawRenderers implements Extension {
  @Override
  public void install(BaseKernel kernel) {
    kernel.getRenderer().createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((table, ctx) -> render(TableView.of(table), ctx));
    kernel.getRenderer().createRegistration(Column.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((column, ctx) -> render(TableView.of((Column<?>) column), ctx));
  }

  private static void render(TableView view, RenderContext ctx) {
    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::toText);
    ctx.renderIfRequested(MIMEType.TEXT_HTML, view::toHtml);
  }
}
