# free_port prints a TCP port of 127.0.0.1 that is free right now (source this file).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
