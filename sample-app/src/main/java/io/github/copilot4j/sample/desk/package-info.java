/** The support desk's data and the services whose methods are the assistant's tools. */
@NullMarked
package io.github.copilot4j.sample.desk;

import org.jspecify.annotations.NullMarked;
