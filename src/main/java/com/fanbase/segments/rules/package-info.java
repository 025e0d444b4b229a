/**
 * The segment rule engine's pure core: the criteria rule tree, the {@link Field} catalog
 * that is the only source of SQL, the parser that validates criteria JSON into a tree,
 * the compiler from a tree to a parameterised SQL condition, an in-memory evaluator with
 * the same semantics, and the segment reference (cycle) check. No Spring beans, no
 * database access. Depends only on {@code web} (for problem details). Other modules may
 * use it (the admin's segment builder reads the field catalog), hence the named
 * interface.
 */
@NamedInterface("rules")
package com.fanbase.segments.rules;

import org.springframework.modulith.NamedInterface;
