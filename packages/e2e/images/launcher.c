/*
 * Tiny static launcher for FROM-scratch images. Such images have no shell and no
 * /usr/bin/env, so a script with a shebang cannot be an executable named, say,
 * `tritonserver`. Built with -DBUNDLE="..." and -DNODE="..." per executable, it execs
 * node with the bundled double and passes every argument through unchanged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#if !defined(BUNDLE) || !defined(NODE)
#error "compile with -DBUNDLE=\"/path/to/bundle.js\" -DNODE=\"/path/to/node\""
#endif

int main(int argc, char **argv) {
  char **args = calloc((size_t)argc + 2, sizeof(char *));
  if (args == NULL) return 127;
  args[0] = NODE;
  args[1] = BUNDLE;
  for (int i = 1; i < argc; i++) args[i + 1] = argv[i];
  args[argc + 1] = NULL;
  execv(NODE, args);
  perror("launcher: exec " NODE);
  return 127;
}
