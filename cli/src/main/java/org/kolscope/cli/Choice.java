package org.kolscope.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * A command-line choice among an enum's constants, for picocli: the converter of a typed option
 * (its labels in any case, and the spellings the toolkit's own {@code parse} accepts, such as
 * {@code fivenum} for hinges) and the option's completion candidates (the labels). A bad value is
 * one line naming it and the choices: {@code Invalid value for option '--side': unknown side 'up':
 * expected one of two, max, min} (exit 2). Each option has a subclass with a no-argument
 * constructor, as picocli instantiates converters and candidates by class.
 *
 * @param <E> the enum
 */
abstract class Choice<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
  private final String what;
  private final Map<String, E> byLabel = new LinkedHashMap<>();
  private final Function<String, E> parse;

  /**
   * @param what what is chosen, for the message ({@code side})
   * @param allowed the constants that may be chosen, in the order the help lists them
   * @param label each constant's command-line label
   * @param parse the toolkit's parser of other spellings, or null
   */
  Choice(String what, List<E> allowed, Function<E, String> label, Function<String, E> parse) {
    this.what = what;
    this.parse = parse;
    for (E e : allowed) {
      byLabel.put(label.apply(e).toLowerCase(Locale.ROOT), e);
    }
  }

  @Override
  public E convert(String value) {
    E e = byLabel.get(value.trim().toLowerCase(Locale.ROOT));
    if (e == null && parse != null) {
      try {
        E parsed = parse.apply(value);
        e = byLabel.containsValue(parsed) ? parsed : null;
      } catch (IllegalArgumentException notOne) {
        // named below
      }
    }
    if (e == null) {
      throw new CommandLine.TypeConversionException(
          "unknown " + what + " '" + value + "': expected one of " + String.join(", ", byLabel.keySet()));
    }
    return e;
  }

  @Override
  public Iterator<String> iterator() {
    return byLabel.keySet().iterator();
  }
}
