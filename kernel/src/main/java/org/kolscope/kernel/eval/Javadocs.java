package org.kolscope.kernel.eval;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Javadoc and source of KOLScope's own classes for {@code inspect}. The build copies the
 * toolkit's and the kernel's sources into the kernel jar under {@value #ROOT} (outside any
 * package path, so javac never compiles them); a file is parsed with the JDK's compiler API the
 * first time it is asked for, never at startup.
 */
final class Javadocs {
  static final String ROOT = "META-INF/kolscope-sources/";
  private static final int CACHED_FILES = 16;

  /** Documentation of one declaration: text for the tooltip, its source text and file. */
  record Doc(String text, String source, String file) {}

  private record Parsed(CompilationUnitTree unit, DocTrees docs, SourcePositions positions, String text) {}

  /** A parsed JShell signature: the declaring type as written, the member (null for a type), parameter types. */
  record Target(String type, String member, List<String> parameterTypes) {}

  private final ClassLoader resources;
  private final Map<String, Parsed> cache = new LinkedHashMap<>(CACHED_FILES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
      return size() > CACHED_FILES;
    }
  };

  Javadocs() {
    this(Javadocs.class.getClassLoader());
  }

  Javadocs(ClassLoader resources) {
    this.resources = resources;
  }

  /**
   * The documentation of what JShell's {@code signature} names ({@code org.kolscope.io.KolData},
   * {@code Table KolData.load(String path)}), when it is one of KOLScope's classes;
   * {@code typeNames} turns a type as written in the signature into its qualified name (null if
   * unknown).
   */
  synchronized Optional<Doc> find(String signature, UnaryOperator<String> typeNames) {
    Target t = parse(signature);
    if (t == null) {
      return Optional.empty();
    }
    String fqn = t.type().startsWith("org.kolscope.") ? t.type() : typeNames.apply(t.type());
    if (fqn == null || !fqn.startsWith("org.kolscope.")) {
      return Optional.empty();
    }
    String[] parts = fqn.split("\\.");
    for (int top = parts.length; top >= 3; top--) {
      String file = String.join("/", List.of(parts).subList(0, top)) + ".java";
      Parsed p = parsed(file);
      if (p != null) {
        List<String> nested = List.of(parts).subList(top, parts.length);
        return Optional.ofNullable(document(p, file, nested, t));
      }
    }
    return Optional.empty();
  }

  /**
   * Splits a JShell signature: a type ({@code a.b.C}), a field ({@code int C.NAME}), a method
   * ({@code R C.m(A a, B b)}) or a constructor ({@code C(A a)}); null when it is none of these.
   */
  static Target parse(String signature) {
    String sig = signature.strip();
    int paren = sig.indexOf('(');
    String head = paren < 0 ? sig : sig.substring(0, paren);
    String name = lastToken(head);
    if (name.isEmpty()) {
      return null;
    }
    boolean hasReturnType = !head.strip().equals(name);
    if (paren < 0 && !hasReturnType) {
      return new Target(name, null, List.of());
    }
    List<String> params = new ArrayList<>();
    if (paren >= 0) {
      int close = sig.lastIndexOf(')');
      for (String p : splitTopLevel(sig.substring(paren + 1, close < paren ? sig.length() : close))) {
        String decl = p.strip();
        if (!decl.isEmpty()) {
          int space = lastTopLevelSpace(decl);
          params.add(simpleType(space < 0 ? decl : decl.substring(0, space)));
        }
      }
    }
    if (paren >= 0 && !hasReturnType) {
      return new Target(name, "<init>", params);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return new Target(name.substring(0, dot), name.substring(dot + 1), paren < 0 ? null : params);
  }

  private static String lastToken(String head) {
    String h = head.strip();
    int i = lastTopLevelSpace(h);
    return i < 0 ? h : h.substring(i + 1);
  }

  private static int lastTopLevelSpace(String s) {
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '>') {
        depth++;
      } else if (c == '<') {
        depth--;
      } else if (c == ' ' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(s.substring(from, i));
        from = i + 1;
      }
    }
    out.add(s.substring(from));
    return out;
  }

  /** {@code java.util.List<String>} → {@code List}, {@code String...} → {@code String[]}, {@code Outer.Inner} → {@code Inner}. */
  static String simpleType(String type) {
    String t = type.replace("...", "[]").replaceAll("\\s+", "");
    StringBuilder erased = new StringBuilder();
    int depth = 0;
    for (char c : t.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        erased.append(c);
      }
    }
    String e = erased.toString();
    int dot = e.lastIndexOf('.');
    return dot < 0 ? e : e.substring(dot + 1);
  }

  private Parsed parsed(String file) {
    if (cache.containsKey(file)) {
      return cache.get(file);
    }
    String text;
    try (InputStream in = resources.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        return null;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return null;
    }
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(source));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      DocTrees docs = DocTrees.instance(task);
      Parsed p = new Parsed(unit, docs, docs.getSourcePositions(), text);
      cache.put(file, p);
      return p;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Doc document(Parsed p, String file, List<String> nested, Target t) {
    TreePath path = null;
    for (Tree decl : p.unit().getTypeDecls()) {
      if (decl instanceof ClassTree c && c.getSimpleName().contentEquals(topName(file))) {
        path = new TreePath(new TreePath(p.unit()), c);
      }
    }
    for (String inner : nested) {
      if (path == null) {
        return null;
      }
      path = member(path, inner);
    }
    if (path == null) {
      return null;
    }
    if (t.member() != null) {
      TreePath m = memberPath(path, t);
      if (m == null) {
        return null;
      }
      path = m;
    }
    String text = render(p.docs().getDocCommentTree(path));
    return new Doc(text, sourceOf(p, path), "toolkit source " + file);
  }

  private static String topName(String file) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    return base.substring(0, base.length() - ".java".length());
  }

  private static TreePath member(TreePath classPath, String name) {
    for (Tree m : ((ClassTree) classPath.getLeaf()).getMembers()) {
      if (m instanceof ClassTree c && c.getSimpleName().contentEquals(name)) {
        return new TreePath(classPath, c);
      }
    }
    return null;
  }

  /** The field, method or constructor {@code t} names; overloads are told apart by parameter types. */
  private static TreePath memberPath(TreePath classPath, Target t) {
    ClassTree c = (ClassTree) classPath.getLeaf();
    List<TreePath> byName = new ArrayList<>();
    for (Tree m : c.getMembers()) {
      if (m instanceof MethodTree mt && mt.getName().contentEquals(t.member())) {
        if (t.parameterTypes() != null && parameterTypes(mt).equals(t.parameterTypes())) {
          return new TreePath(classPath, m);
        }
        byName.add(new TreePath(classPath, m));
      } else if (m instanceof VariableTree v && v.getName().contentEquals(t.member()) && t.parameterTypes() == null) {
        return new TreePath(classPath, m);
      } else if (m instanceof ClassTree inner && inner.getSimpleName().contentEquals(t.member())) {
        return new TreePath(classPath, m);
      }
    }
    if (t.parameterTypes() != null) {
      for (TreePath candidate : byName) {
        if (((MethodTree) candidate.getLeaf()).getParameters().size() == t.parameterTypes().size()) {
          return candidate;
        }
      }
    }
    return byName.size() == 1 ? byName.get(0) : null;
  }

  private static List<String> parameterTypes(MethodTree m) {
    List<String> out = new ArrayList<>();
    for (VariableTree v : m.getParameters()) {
      out.add(simpleType(v.getType().toString()));
    }
    return out;
  }

  private static String sourceOf(Parsed p, TreePath path) {
    long start = p.positions().getStartPosition(p.unit(), path.getLeaf());
    long end = p.positions().getEndPosition(p.unit(), path.getLeaf());
    if (start < 0 || end <= start || end > p.text().length()) {
      return null;
    }
    int lineStart = p.text().lastIndexOf('\n', (int) start - 1) + 1;
    String indent = p.text().substring(lineStart, (int) start);
    String body = indent.isBlank() ? indent + p.text().substring((int) start, (int) end) : p.text().substring((int) start, (int) end);
    return dedent(body);
  }

  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int min = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        min = Math.min(min, l.length() - l.stripLeading().length());
      }
    }
    int cut = min == Integer.MAX_VALUE ? 0 : min;
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.length() >= cut ? l.substring(cut) : l.strip()).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /** A doc comment as plain text: the description, then parameters, return value and exceptions. */
  static String render(DocCommentTree doc) {
    if (doc == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text(doc.getFullBody()).strip());
    List<String> params = new ArrayList<>();
    String returns = null;
    List<String> throwz = new ArrayList<>();
    for (DocTree tag : doc.getBlockTags()) {
      if (tag instanceof ParamTree pt) {
        String name = pt.isTypeParameter() ? "<" + pt.getName() + ">" : pt.getName().toString();
        params.add(name + " – " + oneLine(text(pt.getDescription())));
      } else if (tag instanceof ReturnTree rt) {
        returns = oneLine(text(rt.getDescription()));
      } else if (tag instanceof ThrowsTree tt) {
        throwz.add(tt.getExceptionName() + " – " + oneLine(text(tt.getDescription())));
      }
    }
    if (!params.isEmpty()) {
      sb.append("\n\nParameters:");
      params.forEach(x -> sb.append("\n  ").append(x));
    }
    if (returns != null) {
      sb.append("\n\nReturns: ").append(returns);
    }
    if (!throwz.isEmpty()) {
      sb.append("\n\nThrows:");
      throwz.forEach(x -> sb.append("\n  ").append(x));
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  private static String text(List<? extends DocTree> trees) {
    StringBuilder sb = new StringBuilder();
    for (DocTree t : trees) {
      if (t instanceof TextTree x) {
        sb.append(x.getBody());
      } else if (t instanceof LiteralTree l) {
        sb.append(l.getBody().getBody());
      } else if (t instanceof LinkTree l) {
        String label = text(l.getLabel()).strip();
        sb.append(label.isEmpty() ? l.getReference().getSignature().replace('#', '.') : label);
      } else if (t instanceof EntityTree e) {
        sb.append(switch (e.getName().toString()) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          case "nbsp" -> " ";
          default -> "&" + e.getName() + ";";
        });
      } else if (t instanceof StartElementTree s) {
        String tag = s.getName().toString().toLowerCase(Locale.ROOT);
        if (tag.equals("p") || tag.equals("ul") || tag.equals("ol") || tag.equals("pre")) {
          sb.append("\n\n");
        } else if (tag.equals("li")) {
          sb.append("\n  - ");
        } else if (tag.equals("br")) {
          sb.append('\n');
        }
      } else if (t instanceof EndElementTree) {
        // closing tags add nothing
      } else {
        sb.append(t);
      }
    }
    return sb.toString().replaceAll("[ \\t]*\\n[ \\t]*\\n[\\s]*", "\n\n");
  }
}
