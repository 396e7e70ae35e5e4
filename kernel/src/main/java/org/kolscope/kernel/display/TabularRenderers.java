package org.kolscope.kernel.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.kolscope.core.Tabular;
import tech.tablesaw.api.Table;

/**
 * Renders toolkit results: their readable {@code toString()} as text; as HTML, the same summary
 * (escaped, in a {@code <pre>}) followed by {@code view()} (by default {@code toTable()}) folded in
 * a {@code <details>}, so a
 * notebook shows the reading first and the numbers one click away.
 */
public final class TabularRenderers implements Extension {
  @Override
  public void install(BaseKernel kernel) {
    kernel.getRenderer().createRegistration(Tabular.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((result, ctx) -> {
          ctx.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
          ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> html(result));
        });
  }

  /** The HTML a notebook shows for {@code result}: its text, then its {@link Tabular#view()} folded. */
  public static String html(Tabular result) {
    Table t = result.view();
    return "<pre class=\"kolscope-result\" style=\"white-space: pre-wrap\">"
        + TableView.escape(result.toString()) + "</pre>\n<details><summary>as a table ("
        + t.rowCount() + (t.rowCount() == 1 ? " row" : " rows") + ")</summary>\n"
        + TableView.of(t).toHtml() + "\n</details>";
  }
}
