package org.kolscope.kernel.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders Tablesaw tables and columns as escaped HTML and aligned text (head/tail, shape). */
public final class TablesawRenderers implements Extension {
  @Override
  public void install(BaseKernel kernel) {
    kernel.getRenderer().createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((table, ctx) -> {
          TableView view = TableView.of(table);
          ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::toText);
          ctx.renderIfRequested(MIMEType.TEXT_HTML, view::toHtml);
        });
    kernel.getRenderer().createRegistration(Column.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((column, ctx) -> {
          TableView view = TableView.of((Column<?>) column);
          ctx.renderIfRequested(MIMEType.TEXT_PLAIN, view::toText);
          ctx.renderIfRequested(MIMEType.TEXT_HTML, view::toHtml);
        });
  }
}
