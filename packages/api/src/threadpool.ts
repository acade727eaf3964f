// Imported first by main.ts and the benches: libuv reads UV_THREADPOOL_SIZE when its pool starts.
import { sizeThreadpool } from './auth/password-slots';

sizeThreadpool();
