package org.kolscope.kernel.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.kolscope.report.Tabular;

/** Renders toolkit results: their readable {@code toString()} as text, {@code toTable()} as HTML. */
public final class TabularRenderers implements Extension {
  @Override
  public void install(BaseKernel kernel) {
    kernel.getRenderer().createRegistration(Tabular.class)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((result, ctx) -> {
          ctx.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
          ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> TableView.of(result.toTable()).toHtml());
        });
  }
}
